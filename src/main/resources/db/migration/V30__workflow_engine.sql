-- The embedded workflow engine's state. Keys come from one sequence, taken in blocks of 100 by each node.
create sequence wf_key_seq increment by 100;

-- Deployed files and the process/decision versions they define; checksum detects unchanged re-deployments.
create table wf_resource (
    key         bigint       not null primary key,
    name        varchar(255) not null,
    checksum    varchar(64)  not null,
    content     text         not null,
    deployed_at timestamptz  not null
);
create index wf_resource_name_idx on wf_resource (name, checksum);

create table wf_definition (
    key          bigint       not null primary key,
    kind         varchar(10)  not null,
    model_id     varchar(255) not null,
    name         varchar(255),
    version      integer      not null,
    resource_key bigint       not null references wf_resource (key),
    deployed_at  timestamptz  not null,
    unique (kind, model_id, version)
);

-- Message start events and timer start events of the latest process versions.
create table wf_start_event (
    definition_key bigint       not null references wf_definition (key),
    model_id       varchar(255) not null,
    element_id     varchar(255) not null,
    message_name   varchar(255),
    primary key (definition_key, element_id)
);
create index wf_start_event_msg_idx on wf_start_event (message_name);

create table wf_process_instance (
    key                         bigint       not null primary key,
    root_key                    bigint       not null,
    definition_key              bigint       not null references wf_definition (key),
    bpmn_process_id             varchar(255) not null,
    version                     integer      not null,
    business_key                varchar(255),
    state                       varchar(20)  not null,
    parent_instance_key         bigint,
    parent_element_instance_key bigint,
    started_at                  timestamptz  not null,
    ended_at                    timestamptz
);
create index wf_pi_parent_idx on wf_process_instance (parent_instance_key);
create index wf_pi_state_idx on wf_process_instance (bpmn_process_id, state);

-- Element instances holding tokens; deleted when they end (the history keeps their story).
create table wf_element_instance (
    key                  bigint       not null primary key,
    process_instance_key bigint       not null,
    flow_scope_key       bigint       not null,
    element_id           varchar(255) not null,
    element_type         varchar(40)  not null,
    state                varchar(20)  not null,
    data                 text
);
create index wf_ei_pi_idx on wf_element_instance (process_instance_key);

-- Variables by scope (a process instance or an element instance); values are JSON.
create table wf_variable (
    scope_key            bigint       not null,
    name                 varchar(255) not null,
    process_instance_key bigint       not null,
    value                text         not null,
    primary key (scope_key, name)
);
create index wf_variable_pi_idx on wf_variable (process_instance_key);

create table wf_job (
    key                  bigint       not null primary key,
    type                 varchar(255) not null,
    process_instance_key bigint       not null,
    element_instance_key bigint       not null,
    element_id           varchar(255) not null,
    bpmn_process_id      varchar(255) not null,
    retries              integer      not null,
    due_at               timestamptz  not null,
    locked_until         timestamptz,
    lock_owner           varchar(100),
    headers              text,
    error_message        text,
    created_at           timestamptz  not null
);
create index wf_job_due_idx on wf_job (type, due_at) where retries > 0;
create index wf_job_ei_idx on wf_job (element_instance_key);

create table wf_user_task (
    key                  bigint       not null primary key,
    process_instance_key bigint       not null,
    bpmn_process_id      varchar(255) not null,
    element_instance_key bigint       not null,
    element_id           varchar(255) not null,
    name                 varchar(255),
    assignee             varchar(255),
    candidate_groups     text[]       not null default '{}',
    candidate_users      text[]       not null default '{}',
    due_date             timestamptz,
    follow_up_date       timestamptz,
    form_key             varchar(255),
    priority             integer,
    state                varchar(20)  not null,
    created_at           timestamptz  not null,
    completed_at         timestamptz
);
create index wf_user_task_pi_idx on wf_user_task (process_instance_key);
create index wf_user_task_ei_idx on wf_user_task (element_instance_key);
create index wf_user_task_state_idx on wf_user_task (state, assignee);

-- Durable timers, polled with SKIP LOCKED; start timers have no instance (definition_key only).
create table wf_timer (
    key                  bigint       not null primary key,
    definition_key       bigint       not null,
    process_instance_key bigint,
    element_instance_key bigint,
    element_id           varchar(255) not null,
    due_at               timestamptz  not null,
    repetitions          integer      not null,
    interval             varchar(100)
);
create index wf_timer_due_idx on wf_timer (due_at);
create index wf_timer_ei_idx on wf_timer (element_instance_key);

create table wf_message_subscription (
    key                  bigint       not null primary key,
    process_instance_key bigint       not null,
    element_instance_key bigint       not null,
    element_id           varchar(255) not null,
    message_name         varchar(255) not null,
    correlation_key      varchar(255) not null,
    created_at           timestamptz  not null
);
create index wf_msub_corr_idx on wf_message_subscription (message_name, correlation_key);
create index wf_msub_ei_idx on wf_message_subscription (element_instance_key);

-- Buffered messages (time to live > 0) and which instances already took them.
create table wf_message (
    key             bigint       not null primary key,
    name            varchar(255) not null,
    correlation_key varchar(255) not null,
    message_id      varchar(255),
    variables       text         not null,
    expires_at      timestamptz  not null
);
create index wf_message_corr_idx on wf_message (name, correlation_key);
create index wf_message_id_idx on wf_message (name, message_id);

create table wf_message_correlation (
    message_key          bigint not null,
    process_instance_key bigint not null,
    primary key (message_key, process_instance_key)
);

create table wf_incident (
    key                  bigint       not null primary key,
    process_instance_key bigint       not null,
    bpmn_process_id      varchar(255) not null,
    element_instance_key bigint       not null,
    element_id           varchar(255) not null,
    job_key              bigint,
    error_type           varchar(40)  not null,
    message              text,
    state                varchar(20)  not null,
    created_at           timestamptz  not null,
    resolved_at          timestamptz
);
create index wf_incident_pi_idx on wf_incident (process_instance_key);
create index wf_incident_state_idx on wf_incident (state);

-- Append-only history of element events.
create table wf_history (
    id                   bigserial    not null primary key,
    process_instance_key bigint       not null,
    element_instance_key bigint       not null,
    element_id           varchar(255) not null,
    element_type         varchar(40)  not null,
    event                varchar(20)  not null,
    at                   timestamptz  not null
);
create index wf_history_pi_idx on wf_history (process_instance_key, id);
