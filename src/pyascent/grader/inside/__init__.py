"""Code that runs inside the sandbox, next to the learner's code.

It may import only the standard library and pytest: never anything else of pyascent, so
nothing of the platform is exposed to (or breakable by) the learner's process.
"""
