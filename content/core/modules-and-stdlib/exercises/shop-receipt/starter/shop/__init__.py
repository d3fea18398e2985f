"""A tiny shop package: what the shop sells and what it costs.

This file makes the folder `shop` a package. Importing the package runs it, and the
line below makes `from shop import price_of` work as a shortcut for
`from shop.prices import price_of`.
"""

from shop.prices import PRICES, price_of
