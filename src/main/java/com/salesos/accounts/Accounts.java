package com.salesos.accounts;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Accounts extends JpaRepository<Account, UUID>, JpaSpecificationExecutor<Account> {

    @Query("""
            select a from Account a
            where (:email <> '' and lower(a.email) = lower(:email)) or (:phone <> '' and a.phone = :phone)
            order by a.createdAt""")
    List<Account> findByContact(String email, String phone);
}
