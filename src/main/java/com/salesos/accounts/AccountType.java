package com.salesos.accounts;

/** The kind of business an account is. */
public enum AccountType {
    DEALER, STAND, PARTNER, CUSTOMER
}
