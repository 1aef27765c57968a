QtObject { x: for(;;){} }
