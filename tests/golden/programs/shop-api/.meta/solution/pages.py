from flask import Flask, render_template_string, request


def create_app() -> Flask:
    app = Flask(__name__)

    @app.get("/hello")
    def hello() -> str:
        return render_template_string("<p>Hello, {{ name }}!</p>", name=request.args["name"])

    return app
