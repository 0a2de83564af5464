"""Configuration from the environment (prefix SPOOR_)."""

import ipaddress
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


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
    # The proxies whose forwarding headers (X-Forwarded-For, X-Forwarded-Proto) are believed:
    # addresses or networks, comma-separated. None by default, so a client cannot pick the
    # address its requests are counted against.
    trusted_proxies: Annotated[tuple[str, ...], NoDecode] = ()
    # Networks webhooks may reach although they are not public (comma-separated, such as
    # 127.0.0.1/32 for a receiver on this machine); plain http is allowed to them too. None by
    # default: a webhook can then never reach the machine Spoor runs on or its network.
    webhook_allow_networks: Annotated[tuple[str, ...], NoDecode] = ()
    # `spoor serve` runs a webhook dispatcher in its process unless this is "off" (then run
    # `spoor worker` beside it, as many as needed).
    worker: Literal["on", "off"] = "on"
    # GraphQL query answers kept per process, keyed by the question, the caller's access, the
    # locale and the last committed event (README, "Response cache"); "off" to measure without.
    response_cache: Literal["on", "off"] = "on"
    response_cache_megabytes: int = Field(default=64, ge=1, le=65_536)
    # The plan's structure and a node's subtree built whole in one statement (api/schema/
    # compiled.py); "off" answers them field by field, to measure or compare the two.
    compiled_reads: Literal["on", "off"] = "on"
    # GraphiQL, /docs and /redoc load their scripts from Spoor itself, so they work offline;
    # true loads them from their public CDNs instead (api/http/assets.py).
    assets_from_cdn: bool = False

    @property
    def response_cache_bytes(self) -> int:
        """The response cache's bound in bytes; 0 when it is off."""
        return self.response_cache_megabytes * 1024 * 1024 if self.response_cache == "on" else 0

    @field_validator("trusted_proxies", "webhook_allow_networks", mode="before")
    @classmethod
    def _networks(cls, value: object) -> object:
        return proxy_networks(value) if isinstance(value, str) else value


def proxy_networks(listed: str) -> tuple[str, ...]:
    """`10.0.0.5, 10.1.0.0/16` as networks; anything else is refused, not silently ignored."""
    networks = []
    for entry in filter(None, (part.strip() for part in listed.split(","))):
        try:
            networks.append(str(ipaddress.ip_network(entry, strict=False)))
        except ValueError:
            raise ValueError(f"{entry!r} is not an IP address or network") from None
    return tuple(networks)
