import argparse


def main():
    parser = argparse.ArgumentParser(description="Work out the tip and what each person pays.")
    parser.add_argument("bill", type=float)
    parser.add_argument("--tip", type=float, default=10)
    parser.add_argument("--people", type=int, default=1)
    args = parser.parse_args()
    tip = args.bill * args.tip / 100
    total = args.bill + tip
    print(f"Tip: {tip:.2f}")
    print(f"Total: {total:.2f}")
    print(f"Per person: {total / args.people:.2f}")


if __name__ == "__main__":
    main()
