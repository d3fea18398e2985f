# Step 1: define the exception ConfigError here.


def read_config(path):
    """Return the settings in the config file at path as a dict of text keys and values.

    Raise ConfigError, with a message that names the problem and its line, if the file
    is missing or a line is not a valid setting.
    """
    # Step 2: replace `pass` with your code.
    pass
