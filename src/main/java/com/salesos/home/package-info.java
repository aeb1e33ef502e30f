/** The UI's front door: sign-in page, layout and the start page that sends each person to their work. */
package com.salesos.home;
