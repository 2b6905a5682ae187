"""The coach's reads, one module a subdomain."""
