import pytest

from commands import Command, CommandMeta, MetaCommand, NoRepeats, check_command

HOW = {Command: "Command.__init_subclass__", MetaCommand: "CommandMeta.__new__"}


def run(self):
    """A plain function, to put in namespaces."""
    return "ran"


def refused(base, message, action, what):
    with pytest.raises(TypeError) as caught:
        action()
        pytest.fail(f"{what} should raise TypeError({message!r}) in its class statement: "
                    f"{HOW[base]} should call check_command on the new class, and check_command "
                    "should refuse it", pytrace=False)
    assert str(caught.value) == message, f"{what} should raise TypeError with the message {message!r}"


def check_a_good_command_is_accepted(base):
    try:

        class Greet(base):
            """Say hello."""

            def run(self, name):
                return f"hello {name}"

    except (TypeError, NotImplementedError) as error:
        pytest.fail(f"A command with a docstring and run() should be accepted, but its class "
                    f"statement raised {type(error).__name__}: {error}", pytrace=False)
    assert Greet().run("Ada") == "hello Ada", "Greet().run('Ada') should work as written"


def check_a_command_needs_a_docstring(base):

    def no_doc():
        class Shout(base):
            def run(self):
                return "HEY"

    refused(base, "Shout needs a docstring: it is the command's help", no_doc, "A command without a docstring")

    def blank_doc():
        class Blank(base):
            """   """

            def run(self):
                return ""

    refused(base, "Blank needs a docstring: it is the command's help", blank_doc,
            "A command whose docstring is only spaces")


def check_a_command_needs_run(base):

    def no_run():
        class Idle(base):
            """Do nothing."""

    refused(base, "Idle must define run()", no_run, "A command without run()")

    def run_is_text():
        class Lazy(base):
            """Run is not a method."""

            run = "later"

    refused(base, "Lazy must define run()", run_is_text, "A command whose run is a string")


def check_run_may_be_inherited_but_not_the_docstring(base):

    class Greet(base):
        """Say hello."""

        def run(self):
            return "hello"

    try:

        class Wave(Greet):
            """Say hello with a wave."""

    except TypeError as error:
        pytest.fail(f"Wave(Greet) with its own docstring inherits run() and should be accepted, but "
                    f"it raised TypeError: {error}. getattr(cls, 'run') finds inherited methods", pytrace=False)

    def no_doc_of_its_own():
        class Quiet(Greet):
            def run(self):
                return "..."

    refused(base, "Quiet needs a docstring: it is the command's help", no_doc_of_its_own,
            "A subclass of a command without its own docstring (cls.__doc__ is not inherited)")


def check_with_a_mixin(base):

    class Loud:
        def shout(self):
            return "!"

    def undocumented():
        class Boom(base, Loud):
            def run(self):
                return "boom"

    refused(base, "Boom needs a docstring: it is the command's help", undocumented,
            "class Boom(base, Loud) without a docstring")

    class Bang(base, Loud):
        """Bang."""

        def run(self):
            return "bang"

    assert Bang().shout() == "!", "class Bang(base, Loud) should have Loud's methods"


def test_a_good_command_is_accepted_with_init_subclass():
    """A subclass with a docstring and a run() method is a fine command: Command, with __init_subclass__."""
    check_a_good_command_is_accepted(Command)


def test_a_good_command_is_accepted_with_the_metaclass():
    """A subclass with a docstring and a run() method is a fine command: MetaCommand, with the metaclass CommandMeta."""
    check_a_good_command_is_accepted(MetaCommand)


def test_a_command_needs_a_docstring_with_init_subclass():
    """A subclass without a docstring (or a blank one) is refused when it is defined: Command, with __init_subclass__."""
    check_a_command_needs_a_docstring(Command)


def test_a_command_needs_a_docstring_with_the_metaclass():
    """A subclass without a docstring (or a blank one) is refused when it is defined: MetaCommand, with the metaclass CommandMeta."""
    check_a_command_needs_a_docstring(MetaCommand)


def test_a_command_needs_run_with_init_subclass():
    """A subclass without a callable run is refused: Command, with __init_subclass__."""
    check_a_command_needs_run(Command)


def test_a_command_needs_run_with_the_metaclass():
    """A subclass without a callable run is refused: MetaCommand, with the metaclass CommandMeta."""
    check_a_command_needs_run(MetaCommand)


def test_run_may_be_inherited_but_not_the_docstring_with_init_subclass():
    """run() can come from a parent; the docstring cannot, each command needs its own: Command, with __init_subclass__."""
    check_run_may_be_inherited_but_not_the_docstring(Command)


def test_run_may_be_inherited_but_not_the_docstring_with_the_metaclass():
    """run() can come from a parent; the docstring cannot, each command needs its own: MetaCommand, with the metaclass CommandMeta."""
    check_run_may_be_inherited_but_not_the_docstring(MetaCommand)


def test_with_a_mixin_with_init_subclass():
    """The rules hold when a command has another parent too: Command, with __init_subclass__."""
    check_with_a_mixin(Command)


def test_with_a_mixin_with_the_metaclass():
    """The rules hold when a command has another parent too: MetaCommand, with the metaclass CommandMeta."""
    check_with_a_mixin(MetaCommand)


def test_command_passes_other_keywords_on():
    """Command.__init_subclass__ passes the keywords it does not use on to the other parents."""

    class Tagged:
        def __init_subclass__(cls, /, tag="none", **kwargs):
            super().__init_subclass__(**kwargs)
            cls.tag = tag

    try:

        class Beta(Command, Tagged, tag="beta"):
            """A command still in beta."""

            def run(self):
                return "beta"

    except TypeError as error:
        pytest.fail(f"class Beta(Command, Tagged, tag='beta') raised TypeError: {error}. Take **kwargs "
                    "and pass them on with super().__init_subclass__(**kwargs)", pytrace=False)
    assert Beta.tag == "beta", (
        "Tagged.__init_subclass__ should get tag='beta': Command.__init_subclass__ should call "
        "super().__init_subclass__(**kwargs)"
    )


def test_the_bases_themselves_are_fine():
    """Command and MetaCommand are not commands: they are never checked."""
    assert isinstance(MetaCommand, CommandMeta), "MetaCommand should be made by CommandMeta"
    assert type(MetaCommand) is CommandMeta and type(Command) is type, (
        "Command should be an ordinary class; MetaCommand's metaclass should be CommandMeta"
    )


def test_check_command_on_its_own():
    """check_command(cls) checks any class."""

    class Fine:
        """Fine."""

        def run(self):
            pass

    class Undocumented:
        def run(self):
            pass

    assert check_command(Fine) is None, "check_command(Fine) should accept Fine and return None"
    refused(Command, "Undocumented needs a docstring: it is the command's help",
            lambda: check_command(Undocumented), "check_command(Undocumented)")


def test_the_metaclass_refuses_a_method_defined_twice():
    """CommandMeta sees the class body while it runs: a second def of a name is refused."""
    with pytest.raises(TypeError) as caught:

        class Deploy(MetaCommand):
            """Deploy the site."""

            def run(self):
                return "deploying"

            def run(self):  # noqa: F811  (the slip this rule catches)
                return "deployed"

        pytest.fail("A class body of a MetaCommand defining run twice should raise TypeError: "
                    "CommandMeta.__prepare__ should return a NoRepeats namespace, which refuses a "
                    "second def of the same name", pytrace=False)
    assert str(caught.value) == "Deploy.run is defined twice", (
        "The error should say 'Deploy.run is defined twice'"
    )


def test_rebinding_is_fine_when_it_is_not_two_defs():
    """A property's setter, or a plain value set twice, is not refused."""
    try:

        class Status(MetaCommand):
            """Show the status."""

            level = 1
            level = 2

            @property
            def colour(self):
                return self._colour

            @colour.setter
            def colour(self, value):
                self._colour = value

            def run(self):
                return self.level

    except TypeError as error:
        pytest.fail(f"Status should be accepted, but it raised TypeError: {error}. Only a second "
                    "plain def (a function replacing a function) is refused: `@x.setter` binds x "
                    "to a property, and `level = 2` is not a function", pytrace=False)
    status = Status()
    status.colour = "green"
    assert (status.run(), status.colour) == (2, "green"), "Status should work as written"


def test_no_repeats_on_its_own():
    """NoRepeats is a dict that refuses a second function under the same name."""
    space = NoRepeats("Job")
    space["x"] = 1
    space["x"] = 2
    space["run"] = run
    assert dict(space) == {"x": 2, "run": run}, "NoRepeats should store values like a dict"
    space["run"] = "not a function any more"
    assert space["run"] == "not a function any more", "Replacing a function by a non-function is allowed"
    space["run"] = run
    assert space["run"] is run, "Replacing a non-function by a function is allowed: only function after function is refused"
    space["step"] = run
    with pytest.raises(TypeError) as caught:
        space["step"] = lambda self: None
        pytest.fail("NoRepeats should refuse a second function under the name 'step'", pytrace=False)
    assert str(caught.value) == "Job.step is defined twice", "The error should say 'Job.step is defined twice'"


def test_subclasses_keep_the_metaclass():
    """A subclass of a MetaCommand is made by CommandMeta too, so it is strict as well."""

    class Greet(MetaCommand):
        """Say hello."""

        def run(self):
            return "hello"

    assert type(Greet) is CommandMeta, "A subclass of MetaCommand should be made by CommandMeta"
    with pytest.raises(TypeError):

        class Again(Greet):
            """Again."""

            def run(self):
                return 1

            def run(self):  # noqa: F811
                return 2

        pytest.fail("A subclass of a subclass of MetaCommand defining run twice should be refused too",
                    pytrace=False)
