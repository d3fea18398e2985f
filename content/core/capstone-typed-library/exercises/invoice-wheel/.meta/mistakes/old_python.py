[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "invoices"
version = "1.0.0"
description = "Checked invoices, totals in cents and amounts for people to read."
readme = "README.md"
requires-python = ">=3.8"
dependencies = ["pydantic>=2"]

[tool.hatch.build.targets.wheel]
packages = ["invoices"]
