"""Configuration from the environment (prefix SPOOR_)."""

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Where the database is, where to listen and how much to log."""

    model_config = SettingsConfigDict(env_prefix="SPOOR_", env_file=".env", extra="ignore")

    # Unset: an embedded PostgreSQL is started in data_dir, so a fresh machine needs nothing.
    database_url: str | None = None
    # Connections to PostgreSQL per process; a request holds at most one at a time.
    database_pool_size: int = Field(default=10, ge=1, le=1000)
    data_dir: Path = Path(".spoor")
    host: str = "127.0.0.1"
    port: int = 8000
    log_level: str = "info"
    # Requests per minute, per API key and per anonymous client address.
    rate_limit_per_key: int = 600
    rate_limit_per_anonymous_client: int = 120
