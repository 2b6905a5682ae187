"""Benchmarks of Hudhud and the synthetic Arabic corpus they use (`python -m bench`)."""
