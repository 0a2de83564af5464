"""The GraphQL surface for frontends (Strawberry)."""
