import sys


def main():
    bill = float(sys.argv[1])
    tip_percent = 10
    people = 1
    if "--tip" in sys.argv:
        tip_percent = float(sys.argv[sys.argv.index("--tip") + 1])
    if "--people" in sys.argv:
        people = int(sys.argv[sys.argv.index("--people") + 1])
    tip = bill * tip_percent / 100
    total = bill + tip
    print(f"Tip: {tip:.2f}")
    print(f"Total: {total:.2f}")
    print(f"Per person: {total / people:.2f}")


if __name__ == "__main__":
    main()
