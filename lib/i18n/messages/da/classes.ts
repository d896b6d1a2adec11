const classes = {
  title: "",
} as const;

export default classes;
