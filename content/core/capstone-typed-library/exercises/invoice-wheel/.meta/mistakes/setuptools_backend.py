[build-system]
requires = ["setuptools"]
build-backend = "setuptools.build_meta"

[project]
name = "invoices"
version = "1.0.0"
description = "Checked invoices, totals in cents and amounts for people to read."
readme = "README.md"
requires-python = ">=3.11"
dependencies = ["pydantic>=2"]

[tool.hatch.build.targets.wheel]
packages = ["invoices"]
