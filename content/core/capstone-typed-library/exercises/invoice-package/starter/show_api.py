"""Shows the public API of your invoices library as its users see it: python show_api.py

For each name in __all__ it prints the module that defines it (a name that is not a class
or a function, such as the type alias Currency, shows "-"), or MISSING when the library
has no such name. The checks run this same file (the one given with the exercise, not a
copy you changed), so what it prints is what they see.
"""

import inspect

import invoices

print("version", getattr(invoices, "__version__", "-"))
for name in invoices.__all__:
    thing = getattr(invoices, name, None)
    if thing is None:
        print(name, "MISSING")
    elif inspect.isclass(thing) or inspect.isfunction(thing):
        print(name, thing.__module__)
    else:
        print(name, "-")
