[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "pricetag"
dynamic = ["version"]
description = "Prices of the shop's products, with tax, from the command line."
readme = "README.md"
license = "MIT"
requires-python = ">=3.10"
authors = [{ name = "Ada Lovelace", email = "ada@example.com" }]
dependencies = ["pyyaml>=6,<7"]

[project.scripts]
pricetag = "pricetag.cli:main"

[tool.hatch.version]
path = "src/pricetag/__init__.py"
