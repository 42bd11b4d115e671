"""The Bills tab: vendor bills and credits, their editor (also from a received purchase
order, with the three-way match), vendor payments and aged payables."""
