from units.convert import km_to_miles

__all__ = ["km_to_miles"]
