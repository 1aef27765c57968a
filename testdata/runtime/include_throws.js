throw new Error("include failed")
