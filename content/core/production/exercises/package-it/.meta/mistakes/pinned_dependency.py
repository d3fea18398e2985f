[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "pricetag"
dynamic = ["version"]
description = "Prices of the shop's products, with tax, from the command line."
readme = "README.md"
license = "MIT"
requires-python = ">=3.10"
authors = [{ name = "Ada Lovelace", email = "ada@example.com" }]
dependencies = ["pyyaml==6.0.2"]

[project.scripts]
pricetag = "pricetag.cli:main"

[tool.hatch.version]
path = "src/pricetag/__init__.py"
