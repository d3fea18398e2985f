import argparse


def main():
    """Read the bill and the options from the command line and print the tip."""
    parser = argparse.ArgumentParser(description="Work out the tip and what each person pays.")
    # Step 1: add the arguments bill, --tip and --people.

    # Step 2: parse the command line and check --people.

    # Step 3: work out and print Tip, Total and Per person.


if __name__ == "__main__":
    main()
