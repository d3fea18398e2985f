import argparse
import logging
import sys


def format_event(event, **fields):
    """Return a log line such as: event=row_skipped line=3 reason="not a number"."""
    parts = [f"event={event}"]
    for key, value in sorted(fields.items()):
        text = str(value)
        if " " in text:
            text = f'"{text}"'  # quotes keep a value with spaces in one piece
        parts.append(f"{key}={text}")
    return " ".join(parts)


def parse_row(text):
    """Return (sku, quantity) for a line such as "A-100,4"; raise ValueError if it is bad."""
    fields = [field.strip() for field in text.split(",")]
    if len(fields) != 2:
        raise ValueError("expected 2 fields")
    sku, quantity = fields
    if not sku:
        raise ValueError("missing sku")
    if not quantity.isdigit() or int(quantity) == 0:
        raise ValueError("quantity must be a whole number above 0")
    return sku, int(quantity)


def import_stock(lines, logger):
    """Add up the quantity of each sku in the lines of a deliveries file (header first)."""
    totals = {}
    added = skipped = 0
    for number, text in enumerate(lines[1:], start=2):
        try:
            sku, quantity = parse_row(text)
        except ValueError as error:
            skipped += 1
            logger.warning(format_event("row_skipped", line=number, reason=error))
            continue
        totals[sku] = totals.get(sku, 0) + quantity
        added += 1
        logger.debug(format_event("row_added", line=number, sku=sku, quantity=quantity))
    logger.info(format_event("import_done", added=added, skipped=skipped))
    return totals


def main(argv=None):
    """The program: import the deliveries file named on the command line, print the stock."""
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(levelname)s %(name)s %(message)s",
    )
    logger = logging.getLogger("stock")
    try:
        with open(args.path) as file:
            lines = file.read().splitlines()
    except FileNotFoundError:
        logger.error(format_event("file_missing", path=args.path))
        return 1
    for sku, quantity in sorted(import_stock(lines, logger).items()):
        print(sku, quantity)
    return 0


if __name__ == "__main__":
    sys.exit(main())
