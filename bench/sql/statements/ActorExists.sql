SELECT EXISTS (
    SELECT 1
    FROM actors AS a
    WHERE a.id = $1)
