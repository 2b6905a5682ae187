"""Search (posts, people, hashtags) behind one interface with two backends, and trends."""
