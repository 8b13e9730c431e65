console.log('simulator: under construction');
