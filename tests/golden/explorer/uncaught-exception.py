prices = {"tea": 2}
total = prices["tea"] + prices["cake"]
