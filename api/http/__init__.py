"""What the REST and GraphQL surfaces share at the edge: who calls, how often, in what shape."""
