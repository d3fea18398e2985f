"""Mutation analysis, the pure half: small AST changes to a source text (no running).

A mutant the hidden tests do not reject is a wrong program that would earn a green tick.
`services.mutation` grades the mutants in the sandbox; this package only writes them.
Depends on the standard library only.
"""

from pyascent.mutate.engine import Mutant, mutants_of

__all__ = ["Mutant", "mutants_of"]
