// Checks that the server answers and the credentials are accepted.
RETURN 1 AS ok
