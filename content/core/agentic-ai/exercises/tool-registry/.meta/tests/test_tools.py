"""The checks play the agent: they register tools, read the schemas a model would be shown,
and send the calls a model might make, good and bad."""

import tools

FORECASTS = {"lisbon": "sunny, 24 C", "oslo": "snow, -3 C", "nairobi": "showers, 19 C"}


def get_weather(city, days):
    """The weather forecast for a city.

    Knows Lisbon, Oslo and Nairobi only.
    """
    forecast = FORECASTS.get(city.lower())
    if forecast is None:
        raise LookupError(f"no forecast for {city}")
    return f"{city} in {days} day(s): {forecast}"


def book_hotel(travellers, nights):
    """Book a hotel room and return its price in euros (pretend: nothing is booked)."""
    return 90 * nights * len(travellers)


def travel_registry():
    """A new ToolRegistry with get_weather and book_hotel registered by its decorator."""
    registry = tools.ToolRegistry()
    registry.tool(tools.WeatherArguments)(get_weather)
    registry.tool(tools.BookingArguments)(book_hotel)
    return registry

WEATHER_SCHEMA = {
    "name": "get_weather",
    "description": "The weather forecast for a city.\n\nKnows Lisbon, Oslo and Nairobi only.",
    "parameters": {
        "properties": {
            "city": {"description": "a city, such as Lisbon", "minLength": 1, "title": "City", "type": "string"},
            "days": {
                "default": 1,
                "description": "how many days ahead, 1 to 7",
                "maximum": 7,
                "minimum": 1,
                "title": "Days",
                "type": "integer",
            },
        },
        "required": ["city"],
        "title": "WeatherArguments",
        "type": "object",
    },
}

BOOKING_SCHEMA = {
    "name": "book_hotel",
    "description": "Book a hotel room and return its price in euros (pretend: nothing is booked).",
    "parameters": {
        "properties": {
            "nights": {"minimum": 1, "title": "Nights", "type": "integer"},
            "travellers": {
                "description": "the travellers' names",
                "items": {"type": "string"},
                "minItems": 1,
                "title": "Travellers",
                "type": "array",
            },
        },
        "required": ["travellers", "nights"],
        "title": "BookingArguments",
        "type": "object",
    },
}


def test_the_decorator_gives_the_function_back():
    """registry.tool(model) is a decorator: it gives back the very function it registers."""
    registry = tools.ToolRegistry()
    decorator = registry.tool(tools.WeatherArguments)
    assert callable(decorator), (
        "registry.tool(WeatherArguments) should return a decorator: a function that takes the "
        "tool's function"
    )
    assert decorator(get_weather) is get_weather, (
        "The decorator should return the function it was given, unchanged, so that "
        "@registry.tool(...) leaves get_weather usable as a plain function"
    )


def test_schemas_describe_every_tool():
    """schemas() gives name, cleaned docstring and the model's JSON schema of each tool."""
    schemas = travel_registry().schemas()
    assert [schema.get("name") for schema in schemas] == ["get_weather", "book_hotel"], (
        "schemas() should describe the two travel tools, in the order they were registered, "
        "each under the function's own name (function.__name__)"
    )
    assert schemas[0]["description"] == WEATHER_SCHEMA["description"], (
        "The description should be the function's docstring cleaned of its indentation, as "
        "inspect.getdoc(function) gives it"
    )
    assert schemas[0] == WEATHER_SCHEMA, (
        "The schema of get_weather should be {'name': ..., 'description': ..., 'parameters': "
        "WeatherArguments.model_json_schema()}"
    )
    assert schemas[1] == BOOKING_SCHEMA, "The schema of book_hotel should use BookingArguments.model_json_schema()"


def test_a_good_call_returns_the_result_as_text():
    """A call with good arguments runs the tool and gives its result as a string."""
    registry = travel_registry()
    assert registry.call("book_hotel", {"travellers": ["Ada", "Alan"], "nights": 2}) == "360", (
        "call('book_hotel', {'travellers': ['Ada', 'Alan'], 'nights': 2}) should return '360': "
        "the tool returns the number 360, and the model reads text, so return str(result)"
    )
    assert registry.call("get_weather", {"city": "Oslo", "days": 3}) == "Oslo in 3 day(s): snow, -3 C", (
        "call('get_weather', {'city': 'Oslo', 'days': 3}) should return the tool's forecast"
    )
    assert registry.call("get_weather", {"city": "Nairobi"}) == "Nairobi in 1 day(s): showers, 19 C", (
        "Without 'days', the model's default (1) should be used: call the tool with the "
        "checked model's values, model_dump(), not with the raw arguments"
    )


def test_the_tool_gets_the_checked_values():
    """The tool is called with keyword arguments from the checked model: "3" becomes 3."""
    seen = []

    def plan_trip(city, days):
        """Plan a trip."""
        seen.append((city, days))
        return f"{days} days in {city}"

    registry = tools.ToolRegistry()
    registry.tool(tools.WeatherArguments)(plan_trip)
    answer = registry.call("plan_trip", {"city": "Lisbon", "days": "3"})
    assert seen == [("Lisbon", 3)], (
        "The model sent days as the text '3'; the tool should get the number 3, as pydantic "
        "converted it: call function(**checked.model_dump()) with checked = "
        f"model.model_validate(arguments). The tool got: {seen}"
    )
    assert answer == "3 days in Lisbon", "call should return what the tool returned"


def test_bad_arguments_come_back_as_text():
    """Arguments that break the model's rules give one line naming every problem."""
    registry = travel_registry()
    answer = registry.call("get_weather", {"days": 9})
    assert answer == (
        "error: bad arguments for get_weather: city: Field required; "
        "days: Input should be less than or equal to 7"
    ), (
        "With {'days': 9}, call should not raise: it should return 'error: bad arguments for "
        "get_weather: ' and each of pydantic's problems as '<field>: <msg>', joined by '; '"
    )
    answer = registry.call("book_hotel", {"travellers": ["Ada", 7], "nights": 0})
    assert answer == (
        "error: bad arguments for book_hotel: travellers.1: Input should be a valid string; "
        "nights: Input should be greater than or equal to 1"
    ), (
        "A problem deep in a field names its place with dots: the second traveller is "
        "'travellers.1' (the parts of the problem's 'loc', joined by '.')"
    )


def test_an_unknown_tool_comes_back_as_text():
    """A tool the registry does not have: an error that lists the tools there are."""
    answer = travel_registry().call("book_flight", {"to": "Oslo"})
    assert answer == "error: there is no tool 'book_flight'; the tools are: get_weather, book_hotel", (
        "call('book_flight', ...) should return \"error: there is no tool 'book_flight'; the "
        "tools are: get_weather, book_hotel\", so that the model can pick a real tool"
    )


def test_a_failing_tool_comes_back_as_text():
    """A tool that raises: an error naming the tool, the exception and its message."""
    answer = travel_registry().call("get_weather", {"city": "Rome"})
    assert answer == "error: get_weather failed: LookupError: no forecast for Rome", (
        "get_weather raises LookupError('no forecast for Rome'); call should catch it and "
        "return 'error: get_weather failed: LookupError: no forecast for Rome'"
    )


def test_each_registry_has_its_own_tools():
    """A new registry starts empty and keeps its tools to itself, in their order."""
    registry = tools.ToolRegistry()
    assert registry.schemas() == [], (
        "A new ToolRegistry() should have no tools. Make the dict in __init__ (self._tools = {}), "
        "not on the class, or every registry shares the same tools"
    )

    def visit_zoo(city, days):
        return "zoo"

    def visit_aquarium(city, days):
        """Visit the aquarium.
            Opens at nine.
        """
        return "fish"

    registry.tool(tools.WeatherArguments)(visit_zoo)
    registry.tool(tools.WeatherArguments)(visit_aquarium)
    schemas = registry.schemas()
    assert [schema["name"] for schema in schemas] == ["visit_zoo", "visit_aquarium"], (
        "schemas() should list the tools in the order they were registered (visit_zoo first)"
    )
    assert schemas[0]["description"] == "", "A function without a docstring should have the description ''"
    assert schemas[1]["description"] == "Visit the aquarium.\nOpens at nine.", (
        "The description should be inspect.getdoc(function): the docstring without its "
        "indentation or blank lines around it"
    )
    travel = travel_registry()
    assert [schema["name"] for schema in registry.schemas()] == ["visit_zoo", "visit_aquarium"], (
        "Making a second registry should not change the first one's tools"
    )
    assert [schema["name"] for schema in travel.schemas()] == ["get_weather", "book_hotel"], (
        "A registry should only hold the tools registered on it"
    )
    assert registry.call("get_weather", {"city": "Oslo"}).startswith("error: there is no tool 'get_weather'"), (
        "The new registry should not know the travel registry's get_weather"
    )
