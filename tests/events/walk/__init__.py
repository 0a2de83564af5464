"""A seeded random walk over every write service, with a model that predicts each refusal."""
