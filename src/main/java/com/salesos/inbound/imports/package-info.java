/** CSV bulk import: streamed parsing, row-by-row validation through the feature services, import jobs and reports. */
package com.salesos.inbound.imports;
