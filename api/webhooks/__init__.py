"""The webhook dispatcher: the event log is its outbox, read through a cursor per endpoint."""
