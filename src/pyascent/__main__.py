"""Allow `python -m pyascent`."""

from pyascent.cli import main

main()
