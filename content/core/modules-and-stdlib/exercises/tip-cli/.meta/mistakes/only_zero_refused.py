import argparse


def main():
    """Read the bill and the options from the command line and print the tip."""
    parser = argparse.ArgumentParser(description="Work out the tip and what each person pays.")
    parser.add_argument("bill", type=float, help="the amount of the bill")
    parser.add_argument("--tip", type=float, default=10, help="tip in percent (default: 10)")
    parser.add_argument(
        "--people", type=int, default=1, help="people who share the total (default: 1)"
    )
    args = parser.parse_args()
    if args.people == 0:
        parser.error("--people must be at least 1")  # prints usage + message, exits with 2

    tip = args.bill * args.tip / 100
    total = args.bill + tip
    print(f"Tip: {tip:.2f}")
    print(f"Total: {total:.2f}")
    print(f"Per person: {total / args.people:.2f}")


if __name__ == "__main__":
    main()
