"""qogam: an ELT warehouse of Kazakhstan civil-society news."""
