-- The Camunda 8 cluster (compose profile "camunda") keeps its secondary storage in its own database here.
CREATE DATABASE camunda OWNER salesos;
