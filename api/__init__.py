"""Spoor: the trail from what citizens said to what a municipality does."""
