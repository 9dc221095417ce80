There is no module here.
