SELECT EXISTS (
    SELECT 1
    FROM claims AS c
    WHERE c.id = $1)
