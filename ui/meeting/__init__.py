"""The Vergadering area: the chair's control screen and the projector view."""
