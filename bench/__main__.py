"""`python -m bench`: run the write benchmark."""

from bench.writes import main

if __name__ == "__main__":
    main()
