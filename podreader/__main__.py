from podreader.cli import main

raise SystemExit(main())
