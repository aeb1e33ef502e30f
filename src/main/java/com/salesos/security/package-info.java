/**
 * Who is calling: people (HTTP Basic on the API, a login form on the UI) and machine clients (API keys with
 * scopes), their roles, and the visibility rule "a rep sees their own, a manager their team, ops and admins all".
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package com.salesos.security;
