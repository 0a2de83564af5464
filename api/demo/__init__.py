"""The demo plan: a social policy plan modelled on Herent 2022-2027."""
