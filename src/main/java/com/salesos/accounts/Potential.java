package com.salesos.accounts;

/** How much more an account could buy; steers visit planning. */
public enum Potential {
    LOW, MEDIUM, HIGH
}
