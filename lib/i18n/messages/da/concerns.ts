const concerns = {
  title: "",
} as const;

export default concerns;
